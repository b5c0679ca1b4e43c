"""Pure rules: functions of their arguments only, no database, no Telegram, no clock."""
