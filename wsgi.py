"""WSGI entry point: ``gunicorn wsgi:app`` or ``flask --app wsgi ...``."""

from claims import create_app

app = create_app()
