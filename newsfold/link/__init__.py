"""Linking across articles: people, speakers, quote groups."""
