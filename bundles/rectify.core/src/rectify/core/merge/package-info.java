/**
 * Bringing together an open register and its file, changed on disk by another program: the
 * unsaved changes recorded since the save point ({@link rectify.core.merge.UnsavedChanges}), and
 * the ways on without losing either side ({@link rectify.core.merge.DiskChange}): reload in place,
 * reload and re-apply the unsaved changes, or merge. Both go through the one three-way merge by
 * identifier ({@link rectify.core.merge.ThreeWayMerge}), which shared registers use too, with the
 * differences between two versions ({@link rectify.core.merge.ModelDiff}). Elements are told apart
 * by their identifiers; the open register is changed in place, so that what shows its elements
 * keeps them.
 */
package rectify.core.merge;
