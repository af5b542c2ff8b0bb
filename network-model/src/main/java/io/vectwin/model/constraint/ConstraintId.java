package io.vectwin.model.constraint;

/**
 * The constraints C1–C20 of Sec. III, eq. (39)–(56), under a consistent numbering.
 *
 * <p>The paper's labels are inconsistent: it prints C10 for eq. (48), then C13 for eq. (49),
 * C14 for both eq. (50) and eq. (51), C15 for eq. (52), C16/C17 for eq. (53) and C18–C20 for
 * eq. (54)–(56); C11 and C12 are never defined. We keep C1–C10 and C16–C20 as printed and
 * renumber the rest so that every label is used once:
 * <ul>
 *   <li>C11 = the forwarding limit the text of Sec. II-B states without an equation ("a
 *       predefined limit to the extent of task forwarding"): hops after the first one
 *       ≤ {@code ComputeParameters.maxForwardingHops};</li>
 *   <li>C12 = eq. (49), printed C13 (decision variability towards BSs);</li>
 *   <li>C13 = eq. (50), printed C14 (decision variability towards UAVs);</li>
 *   <li>C14 = eq. (51), printed C14 (load of a BS);</li>
 *   <li>C15 = eq. (52), printed C15 (load of a UAV).</li>
 * </ul>
 */
public enum ConstraintId {
    C1("(39)", "every vehicle with subtasks is connected to at least one BS or UAV"),
    C2("(40)", "each subtask is offloaded to at most one first hop"),
    C3("(41)", "cycles processed by each BS stay within its capacity"),
    C4("(42)", "cycles processed by each UAV stay within its capacity"),
    C5("(43)", "latency of subtasks offloaded to a BS is within the deadline"),
    C6("(44)", "latency of subtasks offloaded to a UAV is within the deadline"),
    C7("(45)", "CPU frequency of every BS and UAV lies in [f_min, f_max]"),
    C8("(46)", "every link a subtask uses reaches the minimum rate"),
    C9("(47)", "transmit energy of each vehicle is within its budget"),
    C10("(48)", "QoS of every subtask reaches Q_min"),
    C11("Sec. II-B", "forwarding hops of every subtask are within the limit"),
    C12("(49)", "offloading decisions towards BSs change slowly between slots"),
    C13("(50)", "offloading decisions towards UAVs change slowly between slots"),
    C14("(51)", "summed latency of subtasks offloaded to each BS is within the deadline"),
    C15("(52)", "summed latency of subtasks offloaded to each UAV is within the deadline"),
    C16("(53)", "transmit power of each BS is within P_max,b"),
    C17("(53)", "transmit power of each UAV is within P_max,u"),
    C18("(54)", "processing energy of each BS is within its budget"),
    C19("(55)", "processing energy of each UAV is within its budget"),
    C20("(56)", "every subtask is no larger than D_max");

    private final String equation;
    private final String description;

    ConstraintId(String equation, String description) {
        this.equation = equation;
        this.description = description;
    }

    /** The paper's equation number, e.g. "(39)"; "Sec. II-B" for C11, which has none. */
    public String equation() {
        return equation;
    }

    /** One line saying what the constraint demands. */
    public String description() {
        return description;
    }
}
