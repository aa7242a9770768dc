package io.github.logbuch.highlight;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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
    private static final Map<String, Supplier<TokenMaker>> BY_NAME = new HashMap<>();

    static {
        add(JavaTokenMaker::new, "java", "jsh");
        add(KotlinTokenMaker::new, "kotlin", "kt", "kts");
        add(GroovyTokenMaker::new, "groovy", "gradle", "gvy");
        add(ScalaTokenMaker::new, "scala", "sbt");
        add(XMLTokenMaker::new, "xml", "xsd", "xsl", "xslt", "svg", "pom", "rss", "atom", "plist");
        add(HTMLTokenMaker::new, "html", "htm", "xhtml", "vue");
        add(JSPTokenMaker::new, "jsp");
        add(HandlebarsTokenMaker::new, "handlebars", "hbs", "mustache");
        add(YamlTokenMaker::new, "yaml", "yml");
        add(JsonTokenMaker::new, "json", "jsonc", "json5", "jsonl", "geojson");
        add(PropertiesFileTokenMaker::new, "properties", "props", "jproperties");
        // TOML is INI's grammar with typed values: tables, keys, comments and strings read alike
        add(IniTokenMaker::new, "toml", "ini", "cfg", "conf", "editorconfig", "gitconfig");
        add(
                UnixShellTokenMaker::new,
                "bash",
                "sh",
                "shell",
                "zsh",
                "ksh",
                "console",
                "shell-session",
                "shellsession",
                "terminal");
        add(WindowsBatchTokenMaker::new, "bat", "batch", "cmd", "dosbatch");
        add(PythonTokenMaker::new, "python", "py", "python3", "py3", "pyi");
        add(GoTokenMaker::new, "go", "golang");
        add(JavaScriptTokenMaker::new, "javascript", "js", "mjs", "cjs", "jsx");
        add(TypeScriptTokenMaker::new, "typescript", "ts", "tsx", "mts", "cts");
        add(ActionScriptTokenMaker::new, "actionscript", "as");
        add(
                SQLTokenMaker::new,
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
        add(DockerTokenMaker::new, "dockerfile", "docker", "containerfile");
        add(DiffTokenMaker::new, "diff", "patch", "udiff");
        add(MarkdownTokenMaker::new, "markdown", "md", "mkd");
        add(CTokenMaker::new, "c", "h", "objective-c", "objc");
        add(CPlusPlusTokenMaker::new, "cpp", "c++", "cxx", "cc", "hpp", "hxx", "hh", "arduino");
        add(CSharpTokenMaker::new, "csharp", "c#", "cs");
        add(RustTokenMaker::new, "rust", "rs");
        add(CSSTokenMaker::new, "css");
        add(LessTokenMaker::new, "less", "scss", "sass");
        add(PHPTokenMaker::new, "php");
        add(RubyTokenMaker::new, "ruby", "rb", "gemspec", "rake");
        add(PerlTokenMaker::new, "perl", "pl", "pm");
        add(LuaTokenMaker::new, "lua");
        add(DartTokenMaker::new, "dart");
        add(DTokenMaker::new, "d");
        add(ClojureTokenMaker::new, "clojure", "clj", "cljs", "edn");
        add(LispTokenMaker::new, "lisp", "elisp", "emacs-lisp", "scheme", "racket");
        add(FortranTokenMaker::new, "fortran", "f90", "f95");
        add(DelphiTokenMaker::new, "delphi", "pascal", "objectpascal");
        add(VisualBasicTokenMaker::new, "vb", "vbnet", "vb.net", "visualbasic");
        add(TclTokenMaker::new, "tcl");
        add(LatexTokenMaker::new, "latex", "tex");
        add(MakefileTokenMaker::new, "makefile", "make", "mk");
        add(ProtoTokenMaker::new, "protobuf", "proto");
        add(NSISTokenMaker::new, "nsis");
        add(AssemblerX86TokenMaker::new, "nasm", "asm", "x86asm", "assembly");
        add(CsvTokenMaker::new, "csv");
        add(HostsTokenMaker::new, "hosts");
        add(HtaccessTokenMaker::new, "htaccess", "apacheconf", "apache");
        add(DtdTokenMaker::new, "dtd");
    }

    private Languages() {}

    private static void add(Supplier<TokenMaker> lexer, String... names) {
        for (String name : names) {
            BY_NAME.put(name, lexer);
        }
    }

    /** A new lexer for a language name as written after a fence, in any case; empty if unknown. */
    static Optional<TokenMaker> lexer(String name) {
        Supplier<TokenMaker> lexer = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        return lexer == null ? Optional.empty() : Optional.of(lexer.get());
    }

    static boolean knows(String name) {
        return BY_NAME.containsKey(name.toLowerCase(Locale.ROOT));
    }
}
