package io.github.logbuch.highlight;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.ActionScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.AssemblerX86TokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CPlusPlusTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CSSTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CSharpTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.ClojureTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CsvTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.DTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.DartTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.DelphiTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.DockerTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.DtdTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.FortranTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.GoTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.GroovyTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.HTMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.HandlebarsTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.HostsTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.HtaccessTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.IniTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JSPTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JsonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.KotlinTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.LatexTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.LessTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.LispTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.LuaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.MakefileTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.MarkdownTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.NSISTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PHPTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PerlTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PropertiesFileTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.ProtoTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PythonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.RubyTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.RustTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.SQLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.ScalaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.TclTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.TypeScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.UnixShellTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.VisualBasicTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.WindowsBatchTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.XMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.YamlTokenMaker;

/**
 * The languages code can be highlighted in, by the names fences and Hugo's {@code highlight} use
 * (Chroma's names and their usual aliases), each with the RSyntaxTextArea lexer that reads it. A
 * lexer keeps state while it reads, so each block gets a new one.
 */
final class Languages {
    /** Every name and alias, by the language's first name. */
    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        add("java", "jsh");
        add("kotlin", "kt", "kts");
        add("groovy", "gradle", "gvy");
        add("scala", "sbt");
        add("xml", "xsd", "xsl", "xslt", "svg", "pom", "rss", "atom", "plist");
        add("html", "htm", "xhtml", "vue");
        add("jsp");
        add("handlebars", "hbs", "mustache");
        add("yaml", "yml");
        add("json", "jsonc", "json5", "jsonl", "geojson");
        add("properties", "props", "jproperties");
        add("toml", "ini", "cfg", "conf", "editorconfig", "gitconfig");
        add(
                "bash",
                "sh",
                "shell",
                "zsh",
                "ksh",
                "console",
                "shell-session",
                "shellsession",
                "terminal");
        add("bat", "batch", "cmd", "dosbatch");
        add("python", "py", "python3", "py3", "pyi");
        add("go", "golang");
        add("javascript", "js", "mjs", "cjs", "jsx");
        add("typescript", "ts", "tsx", "mts", "cts");
        add("actionscript", "as");
        add(
                "sql",
                "mysql",
                "postgresql",
                "postgres",
                "psql",
                "plpgsql",
                "plsql",
                "tsql",
                "sqlite",
                "hql",
                "cql");
        add("dockerfile", "docker", "containerfile");
        add("diff", "patch", "udiff");
        add("markdown", "md", "mkd");
        add("c", "h", "objective-c", "objc");
        add("cpp", "c++", "cxx", "cc", "hpp", "hxx", "hh", "arduino");
        add("csharp", "c#", "cs");
        add("rust", "rs");
        add("css");
        add("less", "scss", "sass");
        add("php");
        add("ruby", "rb", "gemspec", "rake");
        add("perl", "pl", "pm");
        add("lua");
        add("dart");
        add("d");
        add("clojure", "clj", "cljs", "edn");
        add("lisp", "elisp", "emacs-lisp", "scheme", "racket");
        add("fortran", "f90", "f95");
        add("delphi", "pascal", "objectpascal");
        add("vb", "vbnet", "vb.net", "visualbasic");
        add("tcl");
        add("latex", "tex");
        add("makefile", "make", "mk");
        add("protobuf", "proto");
        add("nsis");
        add("nasm", "asm", "x86asm", "assembly");
        add("csv");
        add("hosts");
        add("htaccess", "apacheconf", "apache");
        add("dtd");
    }

    private Languages() {}

    /** A language's first name, then its aliases. */
    private static void add(String... names) {
        for (String name : names) {
            BY_NAME.put(name, names[0]);
        }
    }

    /** A new lexer for a language name as written after a fence, in any case; empty if unknown. */
    static Optional<TokenMaker> lexer(String name) {
        String language = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        return language == null ? Optional.empty() : Optional.of(lexerOf(language));
    }

    /**
     * The lexer of a language by its first name: a switch, not a table of constructor references,
     * so only the lexers a blog uses are loaded (each a large generated class) and no lambda class
     * is spun for the others (50 of them cost about 80 ms of a small blog's first build).
     */
    private static TokenMaker lexerOf(String language) {
        return switch (language) {
            case "java" -> new JavaTokenMaker();
            case "kotlin" -> new KotlinTokenMaker();
            case "groovy" -> new GroovyTokenMaker();
            case "scala" -> new ScalaTokenMaker();
            case "xml" -> new XMLTokenMaker();
            case "html" -> new HTMLTokenMaker();
            case "jsp" -> new JSPTokenMaker();
            case "handlebars" -> new HandlebarsTokenMaker();
            case "yaml" -> new YamlTokenMaker();
            case "json" -> new JsonTokenMaker();
            case "properties" -> new PropertiesFileTokenMaker();
            case "toml" -> new IniTokenMaker();
            case "bash" -> new UnixShellTokenMaker();
            case "bat" -> new WindowsBatchTokenMaker();
            case "python" -> new PythonTokenMaker();
            case "go" -> new GoTokenMaker();
            case "javascript" -> new JavaScriptTokenMaker();
            case "typescript" -> new TypeScriptTokenMaker();
            case "actionscript" -> new ActionScriptTokenMaker();
            case "sql" -> new SQLTokenMaker();
            case "dockerfile" -> new DockerTokenMaker();
            case "diff" -> new DiffTokenMaker();
            case "markdown" -> new MarkdownTokenMaker();
            case "c" -> new CTokenMaker();
            case "cpp" -> new CPlusPlusTokenMaker();
            case "csharp" -> new CSharpTokenMaker();
            case "rust" -> new RustTokenMaker();
            case "css" -> new CSSTokenMaker();
            case "less" -> new LessTokenMaker();
            case "php" -> new PHPTokenMaker();
            case "ruby" -> new RubyTokenMaker();
            case "perl" -> new PerlTokenMaker();
            case "lua" -> new LuaTokenMaker();
            case "dart" -> new DartTokenMaker();
            case "d" -> new DTokenMaker();
            case "clojure" -> new ClojureTokenMaker();
            case "lisp" -> new LispTokenMaker();
            case "fortran" -> new FortranTokenMaker();
            case "delphi" -> new DelphiTokenMaker();
            case "vb" -> new VisualBasicTokenMaker();
            case "tcl" -> new TclTokenMaker();
            case "latex" -> new LatexTokenMaker();
            case "makefile" -> new MakefileTokenMaker();
            case "protobuf" -> new ProtoTokenMaker();
            case "nsis" -> new NSISTokenMaker();
            case "nasm" -> new AssemblerX86TokenMaker();
            case "csv" -> new CsvTokenMaker();
            case "hosts" -> new HostsTokenMaker();
            case "htaccess" -> new HtaccessTokenMaker();
            case "dtd" -> new DtdTokenMaker();
            default -> throw new IllegalStateException("no lexer for " + language);
        };
    }

    /** Every name and alias known. */
    static java.util.Set<String> names() {
        return java.util.Set.copyOf(BY_NAME.keySet());
    }

    static boolean knows(String name) {
        return BY_NAME.containsKey(name.toLowerCase(Locale.ROOT));
    }
}
