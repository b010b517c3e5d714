package rectify.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;

import rectify.core.io.FileNames;
import rectify.importer.internal.Messages;

/**
 * A document that cannot be imported. The message is a sentence in the user's language that
 * names the file and what is wrong with it. Nothing has been added to any register when it is
 * thrown.
 */
public class ImportException extends IOException {

    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Problem {
        /** The file does not exist. */
        NOT_FOUND,
        /** The path is a folder or another kind of non-regular file. */
        NOT_A_FILE,
        /** The file cannot be read; detail: the reason. */
        UNREADABLE,
        /** The document has no text. */
        EMPTY,
        /** The file is larger than any document of its kind; details: its size and the limit in MB. */
        TOO_LARGE,
        /** The file holds binary data. */
        BINARY,
        /** The text is in none of the character sets recognised. */
        UNKNOWN_ENCODING,
        /** The file is of a format that is not imported; detail: the format's name. */
        UNSUPPORTED_FORMAT,
        /** An Office file or a ZIP archive that is not a Word document. */
        NOT_WORD,
        /** A Word document or a PDF protected by a password. */
        ENCRYPTED,
        /** A PDF without text, such as a scan; detail: its number of pages. */
        NO_TEXT,
        /** A PDF whose streams expand far beyond any document, or whose objects nest too deep; details: the limits in MB of a stream and of all streams. */
        PDF_BOMB,
        /** A ZIP archive that expands far beyond any document; details: the limits in MB of an XML part and of all parts. */
        ZIP_BOMB,
        /** A document whose content is damaged; detail: what the reader found. */
        DAMAGED,
        /** The register has no review template of the given id or name; details: the id, the templates. */
        UNKNOWN_TEMPLATE
    }

    private final transient Path file;
    private final Problem problem;

    /**
     * @param file the document (or the register, for {@link Problem#UNKNOWN_TEMPLATE})
     * @param problem what is wrong
     * @param message the complete message, naming the file
     * @param cause the underlying exception, or {@code null}
     */
    public ImportException(Path file, Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.file = Objects.requireNonNull(file);
        this.problem = Objects.requireNonNull(problem);
    }

    /**
     * Makes the exception with its message in the user's language.
     *
     * @param file the document
     * @param problem what is wrong
     * @param cause the underlying exception, or {@code null}
     * @param details the details the problem's description names (see {@link Problem})
     * @return the exception
     */
    public static ImportException of(Path file, Problem problem, Throwable cause, Object... details) {
        String what = NLS.bind(text(problem), details);
        String frame = problem == Problem.UNKNOWN_TEMPLATE ? Messages.templateFrame : Messages.importFrame;
        return new ImportException(file, problem, NLS.bind(frame, FileNames.display(file), what), cause);
    }

    private static String text(Problem problem) {
        return switch (problem) {
            case NOT_FOUND -> Messages.notFound;
            case NOT_A_FILE -> Messages.notAFile;
            case UNREADABLE -> Messages.unreadable;
            case EMPTY -> Messages.empty;
            case TOO_LARGE -> Messages.tooLarge;
            case BINARY -> Messages.binary;
            case UNKNOWN_ENCODING -> Messages.unknownEncoding;
            case UNSUPPORTED_FORMAT -> Messages.unsupportedFormat;
            case NOT_WORD -> Messages.notWord;
            case ENCRYPTED -> Messages.encrypted;
            case NO_TEXT -> Messages.noText;
            case PDF_BOMB -> Messages.pdfBomb;
            case ZIP_BOMB -> Messages.zipBomb;
            case DAMAGED -> Messages.damaged;
            case UNKNOWN_TEMPLATE -> Messages.unknownTemplate;
        };
    }

    /** @return the document, or the register when a template is unknown */
    public Path getFile() {
        return file;
    }

    /** @return what is wrong */
    public Problem getProblem() {
        return problem;
    }
}
