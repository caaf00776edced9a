"""The caseworker's "My tasks" (and a supervisor's "Team tasks") on the dashboard: due
dates derived from the records and manual tasks, a new task, done, record a service from
a task, and an .ics export of my dates that carries case numbers only."""
