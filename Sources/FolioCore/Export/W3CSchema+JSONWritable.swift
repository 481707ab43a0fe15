/// How `PrettyJSONWriter` writes the `w3c` export's shapes: each member in sorted (UTF-8 byte) key
/// order — `@context` first, `folio:` terms among the f's — exactly where `JSONEncoder` with
/// `.sortedKeys` put it (the export tests compare the two).
extension W3CSchema.Collection: JSONWritable {
    func write(to output: inout PrettyJSONWriter) {
        output.beginObject()
        output.member("@context", context)
        output.member("first", first)
        output.member("folio:articles", folioArticles)
        output.member("folio:version", folioVersion)
        output.member("id", id)
        output.member("label", label)
        output.member("total", total)
        output.member("type", type)
        output.endObject()
    }
}

extension W3CSchema.ContextEntry: JSONWritable {
    func write(to output: inout PrettyJSONWriter) {
        switch self {
        case .iri(let iri):
            output.string(iri)
        case .prefixes(let prefixes):
            output.beginObject()
            // Sorted as `JSONEncoder` sorts keys; the one prefix every annotation repeats needs no sort.
            if prefixes.count == 1, let (name, iri) = prefixes.first {
                output.key(name)
                output.string(iri)
            } else {
                for (name, iri) in prefixes.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                    output.key(name)
                    output.string(iri)
                }
            }
            output.endObject()
        }
    }
}

extension W3CSchema.Page: JSONWritable {
    func write(to output: inout PrettyJSONWriter) {
        output.beginObject()
        output.member("id", id)
        output.member("items", items)
        output.member("partOf", partOf)
        output.member("startIndex", startIndex)
        output.member("type", type)
        output.endObject()
    }
}

extension W3CSchema.PartOf: JSONWritable {
    func write(to output: inout PrettyJSONWriter) {
        output.beginObject()
        output.member("id", id)
        output.member("label", label)
        output.member("total", total)
        output.endObject()
    }
}

extension W3CSchema.Article: JSONWritable {
    func write(to output: inout PrettyJSONWriter) {
        output.beginObject()
        output.member("folio:fingerprint", fingerprint)
        output.member("folio:metadata", metadata)
        output.member("folio:path", path)
        output.member("folio:source", source)
        output.member("folio:text", text)
        output.endObject()
    }
}

extension W3CSchema.Annotation: JSONWritable {
    func write(to output: inout PrettyJSONWriter) {
        output.beginObject()
        output.member("@context", context)
        output.member("body", body)
        output.member("created", created)
        output.member("folio:anchoring", anchoring)
        output.member("folio:articleFingerprint", articleFingerprint)
        output.member("folio:articlePath", articlePath)
        output.member("id", id)
        output.member("modified", modified)
        output.member("motivation", motivation)
        output.member("stylesheet", stylesheet)
        output.member("target", target)
        output.member("type", type)
        output.endObject()
    }
}

extension W3CSchema.TextualBody: JSONWritable {
    func write(to output: inout PrettyJSONWriter) {
        output.beginObject()
        output.member("format", format)
        output.member("purpose", purpose)
        output.member("type", type)
        output.member("value", value)
        output.endObject()
    }
}

extension W3CSchema.Stylesheet: JSONWritable {
    func write(to output: inout PrettyJSONWriter) {
        output.beginObject()
        output.member("type", type)
        output.member("value", value)
        output.endObject()
    }
}

extension W3CSchema.Target: JSONWritable {
    func write(to output: inout PrettyJSONWriter) {
        output.beginObject()
        output.member("selector", selector)
        output.member("source", source)
        output.member("styleClass", styleClass)
        output.member("type", type)
        output.endObject()
    }
}

extension W3CSchema.Selector: JSONWritable {
    func write(to output: inout PrettyJSONWriter) {
        output.beginObject()
        output.member("end", end)
        output.member("exact", exact)
        output.member("prefix", prefix)
        output.member("start", start)
        output.member("suffix", suffix)
        output.member("type", type)
        output.endObject()
    }
}
