/**
 */
package rectify.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Layout</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The layout of a review's diagram, kept with the review so that a diagram never loses it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link rectify.model.DiagramLayout#getNodes <em>Nodes</em>}</li>
 * </ul>
 *
 * @see rectify.model.RectifyPackage#getDiagramLayout()
 * @model
 * @generated
 */
public interface DiagramLayout extends EObject {
	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link rectify.model.NodeLayout}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The layouts of the nodes placed so far.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see rectify.model.RectifyPackage#getDiagramLayout_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeLayout> getNodes();

} // DiagramLayout
