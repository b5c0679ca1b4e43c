# The bot in a container: slim Python, a non-root user, the database on a volume, no secrets
# in any layer (settings come from the environment at run time). Not built or run by CI (no
# container runtime there); see "Deploying" in the README.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY storage ./storage
RUN pip install . \
    && useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin bot \
    && mkdir -m 0700 /data \
    && chown bot:bot /data

USER bot
ENV DATABASE_PATH=/data/coproduction.sqlite3 \
    MPLCONFIGDIR=/tmp/matplotlib \
    WEBHOOK_LISTEN=0.0.0.0 \
    WEBHOOK_PORT=8080
VOLUME ["/data"]
# Used only in webhook mode (WEBHOOK_URL set).
EXPOSE 8080

# Webhook mode: the bot's own health endpoint. Polling mode: settings, texts and database.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD \
    if [ -n "$WEBHOOK_URL" ]; then \
        python -c "import os, urllib.request as u; \
u.urlopen('http://127.0.0.1:%s/healthz' % os.environ['WEBHOOK_PORT'], timeout=5)"; \
    else \
        python -m bot check > /dev/null; \
    fi

CMD ["python", "-m", "bot"]
