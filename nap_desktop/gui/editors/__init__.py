"""One editor per tab of the case view."""
