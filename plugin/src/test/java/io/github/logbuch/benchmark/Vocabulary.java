package io.github.logbuch.benchmark;

import java.util.List;
import java.util.Random;

/** The words and fixed phrases {@link BlogGenerator} writes a language's posts with. */
record Vocabulary(List<String> words, List<String> tableHeader, String seeAlso, String and) {

    static final Vocabulary GERMAN =
            new Vocabulary(
                    words(
                            """
                            der die das und mit auf für über nach hafen elbe brücke kran schiff
                            wasser wetter regen sonne wind abend morgen stadt straße speicher lager
                            licht schatten himmel wolken möwe ufer fähre konferenz vortrag bühne
                            publikum sprecher folien beispiel daten cluster dienst rechner fehler
                            lösung ansatz frage antwort idee werkzeug version zeit tag woche jahr
                            sommer winter blick weg gang rundgang foto kamera objektiv bild farbe
                            grau blau grün schön schnell langsam groß klein neu alt gut besser ganz
                            fast immer wieder heute gestern später vielleicht natürlich endlich
                            gerade schon noch nicht auch sehr eher gemeinsam zusammen ergebnis
                            messung sekunde minute stunde zahl tabelle liste übersicht gedanke notiz
                            eindruck erfahrung wirklich kaffee mittag pause gespräch kollegen team
                            projekt plan ziel straßenbahn bahnhof kai terminal container lagerhaus
                            backstein fassade fenster dach turm kirche park baum blätter schnee
                            größe weiß müde fröhlich ruhig laut leise draußen drinnen
                            """),
                    List.of("Werkzeug", "Version", "Zeit (s)"),
                    "Siehe auch",
                    " und ");

    static final Vocabulary ENGLISH =
            new Vocabulary(
                    words(
                            """
                            the a and with on for about after harbour river bridge crane ship water
                            weather rain sun wind evening morning city street warehouse light
                            shadow sky clouds gull shore ferry conference talk stage audience
                            speaker slides example data cluster service machine memory error
                            solution approach question answer idea tool version time day week year
                            summer winter view way walk photo camera lens picture colour grey blue
                            green nice fast slow big small new old good better whole almost always
                            again today yesterday later perhaps finally just already still not also
                            very rather together result measurement second minute hour number table
                            list overview thought note impression experience really coffee lunch
                            break conversation colleagues team project plan goal tram station quay
                            terminal container brick facade window roof tower church park tree
                            leaves snow size white tired cheerful quiet
                            """),
                    List.of("Tool", "Version", "Time (s)"),
                    "See also",
                    " and ");

    /**
     * Tag topics: each alone and with three qualifiers makes a pool of 200 tags, some with spaces
     * and umlauts.
     */
    static final List<String> TOPICS =
            List.of(
                    """
                    Java, Hamburg, Fotografie, Maven, Hadoop, Kubernetes, London, Elbe, HafenCity,
                    Reisen, Docker, Spark, Kafka, Linux, Open Source, Konferenzen, Architektur,
                    Datenbanken, Sicherheit, Testen, Performance, Speicher, Netzwerk, Cloud,
                    Wandern, Radfahren, Kochen, Bücher, Musik, Hafen, Nordsee, Ostsee, Berlin,
                    München, Winter, Sommer, Herbst, Frühling, Kamera, Objektive, Schwarzweiß,
                    Architekturfotografie, Streaming, Machine Learning, Statistik, Werkzeuge, Git,
                    CI, Markdown, Static Sites
                    """
                            .strip()
                            .split(",\\s*"));

    static final List<String> TAG_QUALIFIERS = List.of("", " Notizen", " Konferenz", " Tipps");

    /** Halves of the identifiers in code spans and code blocks. */
    static final List<String> IDENTIFIERS =
            words(
                    """
                    Blog Post Page Tag Feed Site Build Cache Photo Render Theme Link Index Queue
                    Stream Buffer Worker Task Node Tree
                    """);

    String word(Random random) {
        return words.get(random.nextInt(words.size()));
    }

    /** {@code length} words, each capitalised. */
    String title(Random random, int length) {
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String word = word(random);
            if (i > 0) {
                title.append(' ');
            }
            title.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return title.toString();
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }
}
