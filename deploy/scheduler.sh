#!/bin/sh
# The timers of deploy/compose.yaml (compose has none): the sweep of group runs whose worker died every 5 minutes,
# and the daily jobs once the day has come in Bangkok (05:30): the deadlines first, then the digest. Both daily
# commands are safe to run twice; the digest is tried again every 5 minutes until it went out that day (it exits 1
# while no SMTP server is set). Where systemd runs the app, claims-sweep.timer and claims-daily.timer do this.
refreshed_on=""
sent_on=""
while :; do
  flask --app wsgi documents sweep
  now=$(python -c "import datetime, zoneinfo; print(datetime.datetime.now(zoneinfo.ZoneInfo('Asia/Bangkok')).strftime('%F %H%M'))")
  day=${now% *}
  if [ "${now#* }" -ge 0530 ]; then
    if [ "$refreshed_on" != "$day" ] && flask --app wsgi deadlines refresh; then refreshed_on=$day; fi
    if [ "$refreshed_on" = "$day" ] && [ "$sent_on" != "$day" ] && flask --app wsgi reminders send; then sent_on=$day; fi
  fi
  sleep 300
done
