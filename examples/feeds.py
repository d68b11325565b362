"""«Nye eksempler» as an Atom feed (/eksempler/atom/): the newest published, public examples.
The example index's route serves it (ExampleIndexPage.atom_feed)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

FEED_SIZE = 20


class NewExamplesFeed(Feed):
    feed_type = Atom1Feed
    title = "Nye eksempler – Boligsosial veiviser"
    subtitle = "Eksempler fra kommunenes boligsosiale arbeid, nyeste først."
    language = "nb"

    def get_object(self, request, index):
        self.request = request
        return index

    def link(self, index):
        return index.get_full_url(self.request)

    def feed_url(self, index):
        return self.link(index) + index.reverse_subpage("atom_feed").lstrip("/")

    def items(self, index):
        return index.newest_examples(self.request)[:FEED_SIZE]

    def item_title(self, example):
        return example.title

    def item_description(self, example):
        return example.summary  # plain text; the feed generator escapes it

    def item_link(self, example):
        return example.get_full_url(self.request)

    def item_guid(self, example):
        return example.get_full_url(self.request)

    def item_pubdate(self, example):
        return example.first_published_at

    def item_updateddate(self, example):
        return example.last_published_at

    def item_author_name(self, example):
        return example.municipality.name if example.municipality else None
