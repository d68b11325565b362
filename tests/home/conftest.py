import pytest

from home.factories import ResourcePageFactory
from tests.conftest import PAGE_TYPES


@pytest.fixture
def one_of_each(site_tree, process, example):
    """A live page of every type, as editors would have made them."""
    ResourcePageFactory()
    return {page_class: page_class.objects.live().first() for page_class in PAGE_TYPES}
