"""Accessible beyond the automated minimum, on every page type and wizard state (issue 18):

- reflow at 320 px: nothing scrolls sideways (WCAG 1.4.10);
- axe-core with WCAG 2.0–2.2 A/AA and best practice, at 320 and 1280 px, finds nothing;
- a sticky bar never covers more than a fifth of the control that has focus (2.4.11);
- after a server-side error the error summary has focus and the title starts with «Feil:»;
- the glossary popover sits under its term, covers no other term, closes when focus leaves it,
  and its controls are at least 24 × 24 px (2.5.8);
- success messages look like success, not like warnings.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import MISSING_PAGE, axe_violations, open_context

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AREA = "/arbeidsprosesser/planlegge-lede-og-utvikle/"
PROCESS = AREA + "organisering-og-tverrfaglig-samarbeid/"
PLANNING = AREA + "helhetlig-boligpolitisk-planlegging/"
PHASE_1 = PROCESS + "fase-1-oppstart/"
PHASE_2 = PROCESS + "fase-2-utarbeide-kunnskapsgrunnlag/"
PUBLIC_PAGES = [
    "/",
    "/arbeidsprosesser/",
    AREA,
    PROCESS,
    PHASE_2,
    PLANNING,  # the planning circle
    PLANNING + "trinn-1-planstrategi/",
    "/forsta-helheten/",
    "/lover-og-forskrifter/",
    "/eksempler/",
    "/eksempler/?tema=samordning&fylke=trondelag&storrelse=large",
    "/eksempler/asker-velferdslab/",
    "/eksempler/foreslaa/",  # the municipality is chosen by typing, from a <datalist>
    "/ordliste/",
    "/ordliste/mandat/",
    "/ressurser/",
    "/om-portalen/",
    "/personvern/",
    "/tilgjengelighet/",
    "/sok/?q=bolig",
    "/sok/?q=finnesikkeiportalen",
    "/veiviser/",
    MISSING_PAGE,
]
WIZARD_PAGES = [*(f"steg/{n}/" for n in range(1, 8)), "lenker/", "historikk/", "", "utskrift/"]
COVERED_AT_MOST = 0.2


def new_draft(page, base):
    page.goto(base + "/veiviser/")
    page.get_by_label("Organisering og tverrfaglig samarbeid").check()
    page.get_by_role("button", name="Lag et nytt utkast").click()
    page.wait_for_url(re.compile(r"/veiviser/[\w-]+/lenker/$"))
    return re.search(r"(/veiviser/[\w-]+/)", page.url).group(1)


def overflow(page):
    return page.evaluate(
        """() => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return null;
          const wide = [...document.querySelectorAll('body *')].filter(el => {
            const r = el.getBoundingClientRect();
            return r.right > width + 1 && r.width > 0 && getComputedStyle(el).position !== 'fixed';
          }).slice(0, 3);
          const named = wide.map(e => `${e.tagName}.${e.className} ${e.textContent.slice(0, 30)}`);
          return document.documentElement.scrollWidth + ' px: ' + named.join(' | ');
        }"""
    )


def resource_url():
    from home.models import ResourcePage

    return ResourcePage.objects.live().first().url


def nynorsk_example_url():
    from examples.models import ExamplePage

    return ExamplePage.objects.live().filter(language="nn").first().url


def sub_process_url():
    from phases.models import SubProcessPage

    return SubProcessPage.objects.live().first().url


def example_with_a_long_email():
    from examples.factories import ExamplePageFactory
    from examples.models import ExampleIndexPage

    return ExamplePageFactory(
        parent=ExampleIndexPage.objects.get(),
        contact_name="Kari Nordmann",
        contact_email="boligsosialt.kontor.tildeling.oppfolging@eksempelkommune.kommune.no",
    ).url


# One test per width and part of the site, so that the suite's workers share them (in one test
# they took 164 s of one worker).
@pytest.mark.parametrize("part", ["public", "wizard"])
@pytest.mark.parametrize(("width", "height"), [(320, 640), (1280, 900)])
def test_every_page_reflows_at_320_px_and_passes_axe(demo_server, page, part, width, height):
    base = demo_server.url
    if part == "public":
        pages = [
            *PUBLIC_PAGES,
            resource_url(),
            sub_process_url(),
            nynorsk_example_url(),
            example_with_a_long_email(),
        ]
    else:
        draft = new_draft(page, base)
        pages = [draft + path for path in WIZARD_PAGES]
    problems = []
    page.set_viewport_size({"width": width, "height": height})
    for path in pages:
        page.goto(base + path)
        if width == 320 and (wide := overflow(page)):
            problems.append(f"{path} er bredere enn 320 px: {wide}")
        problems += [f"{path} ({width} px): {v}" for v in axe_violations(page)]
    assert problems == []


def cut_off(page):
    """Content a box cuts off: an element that hides its overflow while what it holds is wider
    or taller than it (visually hidden texts and hidden elements are meant to be; a form
    control scrolls its own text, a long task in a field is not lost)."""
    return page.evaluate(
        """() => [...document.querySelectorAll('body *')].filter(el => {
          const cs = getComputedStyle(el);
          const hides = (v) => v === 'hidden' || v === 'clip';
          if (!hides(cs.overflowX) && !hides(cs.overflowY)) return false;
          if (el.clientWidth <= 1 || el.clientHeight <= 1) return false;
          if (el.closest('.ds-sr-only, [hidden]') || el.matches('input, select, textarea')) {
            return false;
          }
          return (hides(cs.overflowX) && el.scrollWidth > el.clientWidth + 1)
            || (hides(cs.overflowY) && el.scrollHeight > el.clientHeight + 1);
        }).slice(0, 3).map(el => `${el.tagName}.${el.className} ${el.textContent.slice(0, 30)}`)"""
    )


def work_plan_with_200_tasks(base, page):
    from mandates.prefill import create_draft
    from tests.mandates.test_work_plan import plan

    draft, tokens = create_draft()
    draft.sections.filter(key="arbeidsplan").update(data={"tasks": plan(200)})
    page.goto(f"{base}/veiviser/lenke/{tokens['edit']}/")  # the edit link's cookie
    return f"/veiviser/{draft.public_id}/steg/6/"


def test_every_page_reflows_at_200_percent_zoom(demo_server, browser):
    """A 1280 px window zoomed to 200 %: 640 CSS px at two device pixels each (WCAG 1.4.4 and
    1.4.10). Nothing scrolls sideways and no box cuts its content off."""
    context = open_context(browser, viewport={"width": 640, "height": 450}, device_scale_factor=2)
    page = context.new_page()
    base = demo_server.url
    draft = new_draft(page, base)
    pages = [
        *PUBLIC_PAGES,
        sub_process_url(),
        *(draft + path for path in WIZARD_PAGES),
        work_plan_with_200_tasks(base, page),
    ]
    problems = []
    for path in pages:
        page.goto(base + path)
        if wide := overflow(page):
            problems.append(f"{path} er bredere enn 640 px ved 200 %: {wide}")
        if cut := cut_off(page):
            problems.append(f"{path} skjærer av innhold ved 200 %: {cut}")
    context.close()
    assert context.csp_violations == []
    assert problems == []


@pytest.mark.parametrize(("width", "height"), [(320, 640), (1280, 900)])
def test_the_work_plan_with_200_tasks_reflows_and_passes_axe(demo_server, page, width, height):
    base = demo_server.url
    path = work_plan_with_200_tasks(base, page)
    page.set_viewport_size({"width": width, "height": height})
    page.goto(base + path)
    assert page.locator("tr[data-row]").count() == 200
    problems = []
    if width == 320 and (wide := overflow(page)):
        problems.append(f"arbeidsplanen er bredere enn 320 px: {wide}")
    problems += [f"arbeidsplanen ({width} px): {v}" for v in axe_violations(page)]
    assert problems == []


def covered_while_tabbing(page, presses=400):
    """Tab through the page; the controls that a sticky or fixed element covers by more than a
    fifth when they get focus, as (control, share covered)."""
    found = []
    page.evaluate("window.scrollTo(0, 0)")
    seen = set()
    for _ in range(presses):
        page.keyboard.press("Tab")
        share, label = page.evaluate(
            """() => {
              const el = document.activeElement;
              if (!el || el === document.body) return [0, ''];
              const r = el.getBoundingClientRect();
              const area = Math.max(1, r.width * r.height);
              let covered = 0;
              for (const bar of document.querySelectorAll('body *')) {
                const pos = getComputedStyle(bar).position;
                if ((pos !== 'sticky' && pos !== 'fixed') || bar.contains(el)) continue;
                const b = bar.getBoundingClientRect();
                const w = Math.min(r.right, b.right) - Math.max(r.left, b.left);
                const h = Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top);
                if (w > 0 && h > 0) covered = Math.max(covered, (w * h) / area);
              }
              return [covered, el.outerHTML.slice(0, 80)];
            }"""
        )
        if label in seen:
            break  # round the page once
        seen.add(label)
        if share > COVERED_AT_MOST:
            found.append((label, round(share, 2)))
    return found


@pytest.mark.parametrize("width,height", [(320, 640), (1280, 900)])
def test_no_sticky_bar_hides_the_focused_control(demo_server, page, width, height):
    base = demo_server.url
    draft = new_draft(page, base)
    page.set_viewport_size({"width": width, "height": height})
    for path in [draft + "steg/6/", draft + "steg/4/", "/eksempler/"]:
        page.goto(base + path)
        assert covered_while_tabbing(page) == [], path


def test_the_error_summary_has_focus_after_a_server_side_error(demo_server, page):
    base = demo_server.url
    # The example proposal, sent empty.
    page.goto(base + "/eksempler/foreslaa/")
    page.get_by_role("button", name="Send forslaget").click()
    page.wait_for_load_state()
    assert page.title().startswith("Feil: ")
    assert page.evaluate("document.activeElement.id") == "feiloppsummering"

    # The wizard's start, sent without a choice.
    page.goto(base + "/veiviser/")
    page.get_by_role("button", name="Lag et nytt utkast").click()
    page.wait_for_load_state()
    assert page.title().startswith("Feil: ")
    assert page.evaluate("document.activeElement.id") == "feiloppsummering"

    # A wizard step with an end date before its start.
    draft = new_draft(page, base)
    page.goto(base + draft + "steg/1/")
    page.get_by_label("Planlagt start").fill("2027-06-01")
    page.get_by_label("Planlagt slutt").fill("2027-01-01")
    page.get_by_role("button", name="Lagre", exact=True).click()
    page.wait_for_load_state()
    assert page.title().startswith("Feil: ")
    assert page.evaluate("document.activeElement.id") == "feiloppsummering"
    assert axe_violations(page) == []

    # A step with missing parts, shown without a save, takes no focus of its own.
    page.goto(base + draft + "steg/2/")
    assert page.evaluate("document.activeElement === document.body")


def test_success_messages_are_drawn_in_success_colours(demo_server, page):
    base = demo_server.url
    draft = new_draft(page, base)
    page.goto(base + draft + "steg/1/")
    page.get_by_role("button", name="Lagre", exact=True).click()
    notice = page.locator(".ds-alert[data-color='success']").first
    notice.wait_for()
    colours = notice.evaluate(
        """el => {
          const probe = document.createElement('div');
          probe.dataset.color = 'success';
          probe.style.background = 'var(--ds-color-surface-tinted)';
          el.after(probe);
          const expected = getComputedStyle(probe).backgroundColor;
          probe.dataset.color = 'warning';
          const warning = getComputedStyle(probe).backgroundColor;
          probe.remove();
          return [getComputedStyle(el).backgroundColor, expected, warning];
        }"""
    )
    shown, success, warning = colours
    assert shown != warning
    assert shown == success


def test_glossary_popover_under_its_term_closing_on_focus_out(demo_server, browser):
    for width in (390, 1280):
        context = open_context(browser, viewport={"width": width, "height": 900})
        page = context.new_page()
        page.goto(demo_server.url + PHASE_2)
        terms = page.locator(".portal-body a.portal-term")
        term = terms.first
        term.focus()
        page.keyboard.press("Enter")
        dialog = page.get_by_role("dialog")
        expect(dialog).to_be_visible()
        box, under = dialog.bounding_box(), term.bounding_box()
        assert box["y"] >= under["y"] + under["height"] - 1  # below the term's line
        assert abs(box["x"] - under["x"]) < 40 or box["x"] + box["width"] >= width - 40
        overlapping = page.evaluate(
            """() => {
              const d = document.querySelector('.portal-term-popover').getBoundingClientRect();
              return [...document.querySelectorAll('a.portal-term')].filter(a => {
                return [...a.getClientRects()].some(r => r.right > d.left && r.left < d.right
                  && r.bottom > d.top && r.top < d.bottom);
              }).length;
            }"""
        )
        assert overlapping == 0
        for control in (dialog.get_by_role("link"), dialog.get_by_role("button")):
            size = control.bounding_box()
            assert size["width"] >= 24 and size["height"] >= 24, control
        page.keyboard.press("Tab")  # «Les mer i ordlisten»
        page.keyboard.press("Tab")  # «Lukk»
        page.keyboard.press("Tab")  # out of the dialog
        assert page.get_by_role("dialog").count() == 0
        assert term.get_attribute("aria-expanded") == "false"
        assert context.csp_violations == []
        context.close()


def test_nynorsk_pages_carry_lang_in_results_and_suggestions(demo_server, page):
    from examples.models import ExamplePage

    example = ExamplePage.objects.live().filter(language="nn").first()
    page.goto(demo_server.url + "/sok/?" + f"q={example.title}")
    hit = page.locator(
        "li.portal-search-result", has=page.get_by_role("link", name=example.title, exact=True)
    )
    assert hit.get_attribute("lang") == "nn"
    assert hit.locator(".portal-search-result__meta").get_attribute("lang") == "nb"

    page.goto(demo_server.url + "/sok/")
    page.get_by_role("combobox").first.press_sequentially(example.title[:12], delay=30)
    option = page.get_by_role("option", name=re.compile(re.escape(example.title[:12])))
    option.first.wait_for()
    assert option.first.locator(".portal-combobox__title").get_attribute("lang") == "nn"


def test_print_leaves_out_the_phase_chooser_and_paths_that_mean_nothing_on_paper(demo_server, page):
    page.goto(demo_server.url + PHASE_2)
    page.emulate_media(media="print")
    assert page.locator(".portal-phases").first.is_hidden()
    after = page.evaluate(
        """() => [...document.querySelectorAll('.portal-main a[href]')].map(a => [
            a.getAttribute('href'), getComputedStyle(a, '::after').content])"""
    )
    relative = [content for href, content in after if href.startswith("/")]
    assert relative and all(content in ("none", "normal") for content in relative)
    external = [content for href, content in after if href.startswith("http")]
    assert all("http" in content for content in external)
