/** The chain bundle's texts; internal. */
package rectify.chain.internal;
