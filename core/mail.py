"""E-mail off the request: messages are queued as tasks and delivered by the task worker.

Wagtail's moderation mails (a proposal from «Foreslå et eksempel», a page sent for approval) and
password resets are sent while the visitor waits. With ``EMAIL_BACKEND =
"core.mail.QueuedEmailBackend"`` (production's default) the request only stores the finished
message as a task (django-tasks, README «Bakgrunnsoppgaver»); ``manage.py db_worker`` hands it
to ``EMAIL_DELIVERY_BACKEND`` (SMTP). A slow or unreachable mail server then delays a mail, never
a visitor, and a failed delivery is kept in the task's result with its error.

The message travels as the bytes Django wrote (headers, alternatives and attachments included),
so what the worker delivers is exactly what would have been sent from the request.
"""

import base64
import email

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.message import EmailMessage, MIMEMixin

from django_tasks import task


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        for message in email_messages:
            deliver_mail_task.enqueue(
                message.from_email,
                message.recipients(),
                base64.b64encode(message.message().as_bytes()).decode("ascii"),
            )
        return len(email_messages)


class ParsedMessage(MIMEMixin, email.message.Message):
    """A message read back from the queue, written out again as Django writes its own."""


class QueuedMessage(EmailMessage):
    """The stored bytes as a message a Django mail backend can send. ``to`` holds every
    envelope recipient (Bcc too); the headers are the original's."""

    def __init__(self, from_email, recipients, raw):
        super().__init__(from_email=from_email, to=recipients)
        self.raw = raw
        self.subject = str(
            email.header.make_header(email.header.decode_header(self.message()["Subject"] or ""))
        )

    def message(self, *, policy=None):
        return email.message_from_bytes(self.raw, _class=ParsedMessage)


@task()
def deliver_mail_task(from_email, recipients, message):
    queued = QueuedMessage(from_email, recipients, base64.b64decode(message))
    with get_connection(settings.EMAIL_DELIVERY_BACKEND) as connection:
        sent = connection.send_messages([queued])
    if not sent:
        raise RuntimeError(f"E-posten til {len(recipients)} mottaker(e) ble ikke levert.")
