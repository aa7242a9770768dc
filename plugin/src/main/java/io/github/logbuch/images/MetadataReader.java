package io.github.logbuch.images;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPPathFactory;
import com.adobe.internal.xmp.properties.XMPProperty;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads orientation, captions and capture time with metadata-extractor, which stops before the
 * image data. Everything else the file carries, GPS above all, is never read into the model.
 */
public final class MetadataReader {
    private static final DateTimeFormatter EXIF_DATE =
            DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss", Locale.ROOT);

    private MetadataReader() {}

    /** The photo's metadata; unreadable metadata is no metadata (the decoder judges the file). */
    public static PhotoMetadata read(Path file, ZoneId zone) {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(file.toFile());
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return PhotoMetadata.NONE;
        }
        int orientation = 1;
        String exifCaption = null;
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (ifd0 != null) {
            Integer value = ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
            if (value != null && value >= 1 && value <= 8) {
                orientation = value;
            }
            exifCaption = Captions.clean(ifd0.getString(ExifIFD0Directory.TAG_IMAGE_DESCRIPTION));
        }
        String iptcCaption = null;
        IptcDirectory iptc = metadata.getFirstDirectoryOfType(IptcDirectory.class);
        if (iptc != null) {
            iptcCaption = Captions.clean(iptc.getString(IptcDirectory.TAG_CAPTION));
        }
        Map<String, String> byLanguage = new HashMap<>();
        String xmpCaption = null;
        XmpDirectory xmp = metadata.getFirstDirectoryOfType(XmpDirectory.class);
        if (xmp != null && xmp.getXMPMeta() != null) {
            xmpCaption = xmpDescriptions(xmp.getXMPMeta(), byLanguage);
        }
        String caption =
                xmpCaption != null ? xmpCaption : iptcCaption != null ? iptcCaption : exifCaption;
        return new PhotoMetadata(
                orientation,
                caption,
                Map.copyOf(byLanguage),
                captured(metadata, zone),
                shooting(metadata));
    }

    /**
     * Camera, lens and exposure from IFD0 and the Exif sub-IFD. Tags are read one by one by number:
     * the GPS directory, serial numbers, owner and maker notes are never touched.
     */
    static ShootingData shooting(Metadata metadata) {
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        String make = ifd0 == null ? null : text(ifd0.getString(ExifIFD0Directory.TAG_MAKE));
        String model = ifd0 == null ? null : text(ifd0.getString(ExifIFD0Directory.TAG_MODEL));
        String camera = camera(make, model);
        if (exif == null) {
            return new ShootingData(camera, null, null, null, null, null);
        }
        String lens = text(exif.getString(ExifSubIFDDirectory.TAG_LENS_MODEL));
        Integer iso = positiveInt(exif, ExifSubIFDDirectory.TAG_ISO_EQUIVALENT);
        return new ShootingData(
                camera,
                lens,
                positive(exif, ExifSubIFDDirectory.TAG_FOCAL_LENGTH),
                positive(exif, ExifSubIFDDirectory.TAG_FNUMBER),
                positive(exif, ExifSubIFDDirectory.TAG_EXPOSURE_TIME),
                iso);
    }

    /** "Canon" and "Canon EOS R5" make "Canon EOS R5"; "FUJIFILM" and "X-T3" "FUJIFILM X-T3". */
    private static String camera(String make, String model) {
        if (model == null) {
            return make;
        }
        if (make == null) {
            return model;
        }
        String brand = make.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return model.toLowerCase(Locale.ROOT).startsWith(brand) ? model : make + " " + model;
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String text = value.replace('\u0000', ' ').strip();
        return text.isEmpty() ? null : text;
    }

    private static Double positive(com.drew.metadata.Directory directory, int tag) {
        try {
            com.drew.lang.Rational rational = directory.getRational(tag);
            if (rational == null || rational.getDenominator() == 0) {
                return null;
            }
            double value = rational.doubleValue();
            return value > 0 && Double.isFinite(value) ? value : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Integer positiveInt(com.drew.metadata.Directory directory, int tag) {
        try {
            Integer value = directory.getInteger(tag);
            return value != null && value > 0 ? value : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** dc:description is a language alternative: x-default, and maybe one per language. */
    private static String xmpDescriptions(XMPMeta xmp, Map<String, String> byLanguage) {
        try {
            int count = xmp.countArrayItems(XMPConst.NS_DC, "description");
            String fallback = null;
            for (int i = 1; i <= count; i++) {
                XMPProperty item = xmp.getArrayItem(XMPConst.NS_DC, "description", i);
                String text = Captions.clean(item.getValue());
                if (text == null) {
                    continue;
                }
                XMPProperty qualifier =
                        xmp.getQualifier(
                                XMPConst.NS_DC,
                                XMPPathFactory.composeArrayItemPath("description", i),
                                XMPConst.NS_XML,
                                "lang");
                String lang = qualifier == null ? null : qualifier.getValue();
                if (lang == null || lang.equalsIgnoreCase(XMPConst.X_DEFAULT)) {
                    fallback = text;
                } else {
                    byLanguage.putIfAbsent(lang.toLowerCase(Locale.ROOT), text);
                    byLanguage.putIfAbsent(
                            Locale.forLanguageTag(lang).getLanguage().toLowerCase(Locale.ROOT),
                            text);
                    if (fallback == null) {
                        fallback = text;
                    }
                }
            }
            return fallback;
        } catch (XMPException | RuntimeException e) {
            return null;
        }
    }

    /** DateTimeOriginal, in its own offset where the camera wrote one, else in the blog's zone. */
    private static ZonedDateTime captured(Metadata metadata, ZoneId zone) {
        ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        if (exif == null) {
            return null;
        }
        String text = exif.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL);
        if (text == null) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(text.strip(), EXIF_DATE);
            String offset = exif.getString(ExifSubIFDDirectory.TAG_TIME_ZONE_ORIGINAL);
            if (offset != null && !offset.isBlank()) {
                try {
                    return OffsetDateTime.of(local, ZoneOffset.of(offset.strip()))
                            .toZonedDateTime();
                } catch (java.time.DateTimeException ignored) {
                    // a broken offset: the blog's zone is the better guess
                }
            }
            return local.atZone(zone);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
