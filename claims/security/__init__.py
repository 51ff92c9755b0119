"""Rules about secrets that every place handling them shares: the password policy and its list of common
passwords. No database and no request: the web forms, the services and the command line all call it."""
