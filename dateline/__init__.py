"""dateline: a folder of news articles in, a cross-referenced timeline site out."""

__version__ = "0.1.0"
