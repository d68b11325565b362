"""Response headers shared by views that show what somebody typed."""


def private(response):
    """Nobody's business but the writer's: no referrer, no caching, no indexing."""
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
