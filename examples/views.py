from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse

from examples.proposals import ProposalForm, create_draft, over_rate_limit


def propose_example(request, index):
    form = ProposalForm(request.POST or None)
    status = 200
    limited = False
    if request.method == "POST":
        if over_rate_limit(request):
            limited, status = True, 429
        elif form.is_valid():
            if not form.is_spam:  # a robot is thanked like anyone else, but nothing is saved
                create_draft(index, form.cleaned_data)  # moderators are told by the workflow
            response = HttpResponseRedirect(index.url + "foreslaa/takk/")
            response.status_code = 303  # See Other: the browser GETs the thank-you page
            return response
    context = {
        **index.get_context(request),
        "form": form,
        "rate_limited": limited,
        "extra_crumb": "Foreslå et eksempel",
    }
    response = TemplateResponse(request, "examples/proposal_form.html", context, status=status)
    response["Cache-Control"] = "no-store"
    return response
