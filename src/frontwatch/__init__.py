"""frontwatch: an auditable situation picture from conflict reports."""
__version__ = "0.1.0"
