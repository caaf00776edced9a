"""NAP Desktop: offline, encrypted interagency case coordination for anti-trafficking work."""

__version__ = "0.1.0"
