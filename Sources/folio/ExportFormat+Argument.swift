import ArgumentParser
import FolioCore

/// `--format` takes the format's name: markdown, json, w3c, clippings, annotated or csv.
extension ExportFormat: ExpressibleByArgument {}

/// `folio import --format` takes json or w3c.
extension AnnotationImporter.Format: ExpressibleByArgument {}
