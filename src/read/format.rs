//! The one place a file name decides how a file is read. A new article or
//! source format starts here: a variant, its extensions, and the reader
//! that `structure::parse` or `sources::text::read_source` calls for it.

use std::path::Path;

/// How an article is written (what [`crate::read::structure::parse`] reads).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    Markdown,
    #[default]
    PlainText,
    /// An HTML page named as an article (a folder's HTML files are source
    /// texts only).
    Html,
}

/// Every kind of file citeaudit reads: articles and source texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    /// `.txt`
    PlainText,
    /// `.md`, `.markdown`, and Quarto's `.qmd` and R Markdown's `.Rmd`
    /// (Markdown whose code chunks are fenced code)
    Markdown,
    /// `.html`, `.htm` (source texts; their readable text is extracted)
    Html,
}

impl FileFormat {
    const EXTENSIONS: [(&'static str, FileFormat); 7] = [
        ("txt", FileFormat::PlainText),
        ("md", FileFormat::Markdown),
        ("markdown", FileFormat::Markdown),
        ("qmd", FileFormat::Markdown),
        ("rmd", FileFormat::Markdown),
        ("html", FileFormat::Html),
        ("htm", FileFormat::Html),
    ];

    /// The format a file's extension names (any case), if citeaudit reads
    /// files of that kind when walking a folder.
    pub fn detect(path: &Path) -> Option<FileFormat> {
        let ext = path.extension()?.to_str()?;
        Self::EXTENSIONS
            .iter()
            .find(|(e, _)| ext.eq_ignore_ascii_case(e))
            .map(|(_, f)| *f)
    }

    /// A folder walk's articles are plain text or Markdown; its HTML files
    /// are source texts (an HTML page is an article only when named, see
    /// [`Format::from_path`]).
    pub fn is_article(self) -> bool {
        matches!(self, FileFormat::PlainText | FileFormat::Markdown)
    }
}

impl Format {
    /// `.md`, `.markdown`, `.qmd` and `.Rmd` are Markdown, `.html` and `.htm` HTML; any
    /// other file named on the command line is read as plain text.
    pub fn from_path(path: &Path) -> Format {
        match FileFormat::detect(path) {
            Some(FileFormat::Markdown) => Format::Markdown,
            Some(FileFormat::Html) => Format::Html,
            _ => Format::PlainText,
        }
    }
}

/// `.txt`, `.md`, `.markdown`, `.qmd` and `.Rmd` files are articles.
pub fn is_article_path(path: &Path) -> bool {
    FileFormat::detect(path).is_some_and(FileFormat::is_article)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_decide_the_format_in_any_case() {
        let f = |p: &str| FileFormat::detect(Path::new(p));
        assert_eq!(f("a/b.MD"), Some(FileFormat::Markdown));
        assert_eq!(f("notes.txt"), Some(FileFormat::PlainText));
        assert_eq!(f("page.Htm"), Some(FileFormat::Html));
        assert_eq!(f("data.csv"), None);
        assert_eq!(f("README"), None);
        assert!(is_article_path(Path::new("x.markdown")));
        assert_eq!(f("paper.qmd"), Some(FileFormat::Markdown));
        assert_eq!(Format::from_path(Path::new("notes.Rmd")), Format::Markdown);
        assert!(!is_article_path(Path::new("x.html")));
        assert_eq!(Format::from_path(Path::new("x.HTM")), Format::Html);
        assert_eq!(Format::from_path(Path::new("x.Markdown")), Format::Markdown);
        assert_eq!(Format::from_path(Path::new("x.rst")), Format::PlainText);
    }
}
