"""One member of a working group as the autosave bench sees it: a browser (its cookies) on one
step of the wizard, doing what ``mandates/static/mandates/autosave.js`` does.

It reads the step's form from the page, sends the whole form with the version and the older
bases («grunnlag») the page is on, takes in what the answer says others changed where it has not
typed since the save went, and keeps the older base for the rest. Tables are taken in with
«Last inn endringene» (a form post, then the page afresh). Stdlib only.
"""

import http.client
import json
import re
import time
import urllib.parse
from html.parser import HTMLParser

LINK = re.compile(rb'id="lenke-rediger"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*id="lenke-rediger"')


class Browser:
    """Just enough of a browser: a cookie jar that ignores the Secure flag (plain HTTP here)."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def request(self, method, path, fields=None, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        body = urllib.parse.urlencode(fields, doseq=True) if fields is not None else None
        sent = {"Host": "localhost", **(headers or {})}
        if body is not None:
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection.request(method, path, body=body, headers=sent)
        response = connection.getresponse()
        content = response.read()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        connection.close()
        return response.status, dict(response.getheaders()), content


class FormReader(HTMLParser):
    """The step form's controls as a browser would post them (name -> value)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.values = {}
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button"):
            if attrs.get("type") == "checkbox":
                if "checked" in attrs:
                    self.values[name] = "on"
            else:
                self.values[name] = attrs.get("value") or ""
        elif tag == "textarea" and name:
            self._textarea = name
            self.values[name] = ""
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self.values[self._select] = attrs.get("value") or ""

    def handle_data(self, data):
        if self._textarea:
            self.values[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            if self._textarea:  # Django puts a newline after <textarea>: browsers drop it
                self.values[self._textarea] = self.values[self._textarea].removeprefix("\n")
            self._textarea = None
        elif tag == "select":
            self._select = None


def read_form(html):
    reader = FormReader()
    reader.feed(html.decode())
    return reader.values


class Member:
    """A member on one step: ``view`` is what the page holds, as the form would post it."""

    def __init__(self, port, draft, number, table=""):
        self.browser = Browser(port)
        self.draft = draft
        self.number = number
        self.table = table
        self.view = {}
        self.older = {}
        self.own = set()  # what this member writes: ("field", name) or ("cell", row id, column)
        self.acknowledged = {}  # the same keys -> the last value the server confirmed
        self.latencies = []
        self.statuses = []
        self.conflicts = []  # (step, fields) of each save the server found in conflict

    @property
    def step_path(self):
        return f"/veiviser/{self.draft}/steg/{self.number}/"

    def join(self, edit_link):
        status, headers, _ = self.browser.request("GET", urllib.parse.urlsplit(edit_link).path)
        if status != 303:
            raise RuntimeError(f"Lenken virket ikke: HTTP {status}")
        self.load()

    def load(self):
        status, _, html = self.browser.request("GET", self.step_path)
        if status != 200:
            raise RuntimeError(f"Steg {self.number}: HTTP {status}")
        self.view = read_form(html)
        self.view.pop("handling", None)
        self.older = {}

    def rows(self):
        total = int(self.view.get(f"{self.table}-TOTAL_FORMS", "0"))
        return [self.view.get(f"{self.table}-{i}-id", "") for i in range(total)]

    def post_form(self, action):
        """A button of the step (no JavaScript): «Legg til …» or «Last inn endringene». Returns
        where it led (``…?lagret=1#rad-N`` after a new row), or None when it was refused."""
        fields = {**self.view, "grunnlag": self._basis(), "handling": action}
        status, headers, _ = self.browser.request("POST", self.step_path, fields)
        self.statuses.append(status)
        if status == 303:
            self.load()
            return headers["Location"]
        return None

    def _basis(self):
        return " ".join(f"{name}:{version}" for name, version in self.older.items())

    def autosave(self):
        sent = {"version": self.view["versjon"], "older": dict(self.older), "view": dict(self.view)}
        fields = {**self.view, "grunnlag": self._basis()}
        began = time.perf_counter()
        status, _, body = self.browser.request(
            "POST", self.step_path + "autolagring/", fields, {"Accept": "application/json"}
        )
        self.latencies.append((time.perf_counter() - began) * 1000)
        self.statuses.append(status)
        if status == 409:
            self.conflicts.append((self.number, *json.loads(body)["fields"]))
        if status != 200:
            return status
        answer = json.loads(body)
        older = {}
        for name, value in answer["updated"].items():
            if self.view.get(name) == sent["view"].get(name):
                self.view[name] = "" if value is None else value
            else:
                older[name] = answer["version"]  # still what this save sent
        for name in answer["tables"]:
            older[name] = answer["version"]
        self.older = older
        self.view["versjon"] = str(answer["version"])
        for key in self.own:  # what this save confirmed of what this member wrote
            name = self.control(key, sent["view"])
            if name is not None:
                self.acknowledged[key] = sent["view"][name]
        return status

    def control(self, key, view=None):
        """The name of the form control for ``key`` in ``view`` (rows move: found by id)."""
        view = self.view if view is None else view
        if key[0] == "field":
            return key[1]
        _, row_id, column = key
        total = int(view.get(f"{self.table}-TOTAL_FORMS", "0"))
        for index in range(total):
            if view.get(f"{self.table}-{index}-id") == row_id:
                return f"{self.table}-{index}-{column}"
        return None

    def write(self, key, text, limit):
        """Type ``text`` at the end of the control (as a member adds a word), within ``limit``."""
        name = self.control(key)
        if name is None:
            return False
        self.own.add(key)
        self.view[name] = (self.view.get(name, "") + " " + text).strip()[-limit:].lstrip()
        return True
