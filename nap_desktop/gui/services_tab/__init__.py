"""The case's Services tab: services delivered to the client, their entry dialog, the
author's 7-day edit, a supervisor's correction with a reason, and voiding."""
