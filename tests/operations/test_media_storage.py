"""Media on an S3-compatible object store when AWS_STORAGE_BUCKET_NAME is set; on the local disk
otherwise. No object store runs here: the tests check the switch and the URLs it gives."""

from django.core.files.storage import default_storage, storages

from wagtail.documents import get_document_model

from storages.backends.s3 import S3Storage

from tests.portal.test_settings import load_settings

BUCKET = {
    "AWS_STORAGE_BUCKET_NAME": "veiviser-media",
    "AWS_S3_ENDPOINT_URL": "https://s3.kommune.example.no",
    "AWS_S3_REGION_NAME": "no-west-1",
}


def test_without_a_bucket_media_stay_on_the_local_disk():
    config = load_settings("portal.settings.base")
    assert config.STORAGES["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"


def test_a_bucket_moves_media_to_the_object_store_and_keeps_static_files_local():
    config = load_settings("portal.settings.base", **BUCKET)
    media = config.STORAGES["default"]
    assert media["BACKEND"] == "storages.backends.s3.S3Storage"
    assert media["OPTIONS"]["bucket_name"] == "veiviser-media"
    assert media["OPTIONS"]["endpoint_url"] == "https://s3.kommune.example.no"
    assert media["OPTIONS"]["querystring_auth"] is False
    assert "access_key" not in media["OPTIONS"] and "secret_key" not in media["OPTIONS"]
    static = config.STORAGES["staticfiles"]["BACKEND"]
    assert static == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_documents_and_images_get_public_object_store_urls(settings, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test-key")  # boto3 reads them from the environment
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test-secret")
    config = load_settings("portal.settings.base", **BUCKET)
    settings.STORAGES = {**settings.STORAGES, "default": config.STORAGES["default"]}
    # Wagtail's documents and images are saved through the default storage: the bucket.
    assert get_document_model()._meta.get_field("file").storage is default_storage
    assert isinstance(storages["default"], S3Storage)
    url = default_storage.url("documents/husbanken-rapport.pdf")
    assert url == (
        "https://s3.kommune.example.no/veiviser-media/media/documents/husbanken-rapport.pdf"
    )


def test_a_cdn_domain_for_media(settings):
    config = load_settings(
        "portal.settings.base", **BUCKET, AWS_S3_CUSTOM_DOMAIN="media.veiviser.example.no"
    )
    settings.STORAGES = {**settings.STORAGES, "default": config.STORAGES["default"]}
    url = default_storage.url("images/bolig.jpg")
    assert url == "https://media.veiviser.example.no/media/images/bolig.jpg"
