package vn.cchc.plan.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.cchc.plan.unit.OrgUnit;

/**
 * A lead or coordinating party of an assignment: the name as the document writes it, and the registry
 * unit it was matched to, when one matched. Names that are no single unit ("Các phòng, đơn vị chuyên
 * môn", "UBND các xã, phường") stay free text.
 */
@Entity
@Table(name = "task_party")
public class TaskParty {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_party_seq")
    @SequenceGenerator(name = "task_party_seq", sequenceName = "task_party_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    public TaskAssignment assignment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PartyRole role;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 500)
    public String name;

    /**
     * Eager: parties are only ever loaded as an assignment's collection, and every reader shows the unit's
     * code, so the collection's query joins the unit in rather than loading the units in a query of their own.
     */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id")
    public OrgUnit unit;
}
