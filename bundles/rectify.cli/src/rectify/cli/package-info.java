/**
 * The headless commands of the product (info, validate, archive, ledger, import), run by the
 * launch scripts on a plain class path ({@link rectify.cli.Main}, prepared by
 * {@link rectify.cli.PlainClassPath}) or as an Equinox application ({@link rectify.cli.Application}).
 */
package rectify.cli;
