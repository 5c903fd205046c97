"""Claim extraction for German political news: ingest → segment → entities → claims → aggregate."""

__version__ = "0.1.0"
