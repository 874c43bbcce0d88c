"""Sync: result bundles out, packages and review feedback in, through a folder, WebDAV or S3."""
