/** What the tests of several bundles share; not part of the product. */
package rectify.testing;
