"""Finds what to fuzz the way a visitor would: every page reachable by links from the front page
(and, for the wizard, from a draft opened with its share link), and every form on them.

An endpoint is a method, a path and the fields a visitor can send to it, each with the values
the page offered (select options, checkbox and hidden values). Pages without a form still take a
query string: their fields are the query parameters their links use (``?side=2``, ``?tema=…``).
"""

from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urljoin, urlsplit

from bs4 import BeautifulSoup

SKIPPED = ("/admin/", "/static/", "/media/", "/__")  # not public, or not the portal's code


@dataclass
class Endpoint:
    method: str
    path: str
    fields: dict = field(default_factory=dict)  # name → set of values the page offered

    @property
    def key(self):
        return (self.method, self.path)

    def merge(self, other):
        for name, values in other.fields.items():
            self.fields.setdefault(name, set()).update(values)


def forms_of(page_path, soup):
    for form in soup.find_all("form"):
        method = (form.get("method") or "get").upper()
        action = urlsplit(urljoin(page_path, form.get("action") or page_path)).path
        fields = {}
        for element in form.find_all(["input", "select", "textarea", "button"]):
            name = element.get("name")
            if not name:
                continue
            offered = fields.setdefault(name, set())
            if element.name == "select":
                offered.update(o.get("value", o.get_text()) for o in element.find_all("option"))
            elif element.get("value") is not None:
                offered.add(element["value"])
        yield Endpoint(method, action, fields)


def crawl(client, start_paths, limit=200):
    """Every endpoint reachable from ``start_paths`` with ``client``, in the order found."""
    endpoints = {}

    def add(endpoint):
        if endpoint.key in endpoints:
            endpoints[endpoint.key].merge(endpoint)
        else:
            endpoints[endpoint.key] = endpoint

    queue, seen = list(start_paths), set()
    while queue and len(seen) < limit:
        url = queue.pop(0)
        path = urlsplit(url).path
        if path in seen or path.startswith(SKIPPED):
            continue
        seen.add(path)
        response = client.get(url, follow=True)
        query = {k: {v} for k, v in parse_qsl(urlsplit(url).query, keep_blank_values=True)}
        add(Endpoint("GET", path, query))
        if "text/html" not in response.get("Content-Type", ""):
            continue
        soup = BeautifulSoup(response.content, "html.parser")
        for form in forms_of(path, soup):
            add(form)
        for link in soup.find_all("a", href=True):
            target = urlsplit(urljoin(path, link["href"]))
            if target.netloc in ("", "testserver") and target.scheme in ("", "http"):
                if target.query:
                    params = parse_qsl(target.query, keep_blank_values=True)
                    add(Endpoint("GET", target.path, {k: {v} for k, v in params}))
                queue.append(target.path)
    return list(endpoints.values())
