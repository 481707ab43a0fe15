/// How `PrettyJSONWriter` writes the `json` export's shapes: each member in sorted key order, exactly
/// where `JSONEncoder` with `.sortedKeys` put it (the export tests compare the two).
extension FolioJSONSchema.File: JSONWritable {
    func write(to output: inout PrettyJSONWriter) {
        output.beginObject()
        output.member("articles", articles)
        output.member("format", format)
        output.member("version", version)
        output.endObject()
    }
}

extension FolioJSONSchema.Article: JSONWritable {
    func write(to output: inout PrettyJSONWriter) {
        output.beginObject()
        output.member("annotations", annotations)
        output.member("file", file)
        output.member("fingerprint", fingerprint)
        output.member("metadata", metadata)
        output.member("path", path)
        output.member("text", text)
        output.endObject()
    }
}

extension FolioJSONSchema.Metadata: JSONWritable {
    func write(to output: inout PrettyJSONWriter) {
        output.beginObject()
        output.member("author", author)
        output.member("date", date)
        output.member("section", section)
        output.member("source", source)
        output.member("summary", summary)
        output.member("tags", tags)
        output.member("title", title)
        output.member("url", url)
        output.endObject()
    }
}

extension FolioJSONSchema.Annotation: JSONWritable {
    func write(to output: inout PrettyJSONWriter) {
        output.beginObject()
        output.member("anchoring", anchoring)
        output.member("articleFingerprint", articleFingerprint)
        output.member("articlePath", articlePath)
        output.member("color", color)
        output.member("created", created)
        output.member("id", id)
        output.member("modified", modified)
        output.member("note", note)
        output.member("position", position)
        output.member("quote", quote)
        output.member("speaker", speaker)
        output.member("tags", tags)
        output.endObject()
    }
}

extension FolioJSONSchema.Quote: JSONWritable {
    func write(to output: inout PrettyJSONWriter) {
        output.beginObject()
        output.member("exact", exact)
        output.member("prefix", prefix)
        output.member("suffix", suffix)
        output.endObject()
    }
}

extension FolioJSONSchema.Position: JSONWritable {
    func write(to output: inout PrettyJSONWriter) {
        output.beginObject()
        output.member("end", end)
        output.member("start", start)
        output.endObject()
    }
}

extension FolioJSONSchema.Anchoring: JSONWritable {
    func write(to output: inout PrettyJSONWriter) {
        output.beginObject()
        output.member("confidence", confidence)
        output.member("state", state)
        output.endObject()
    }
}
