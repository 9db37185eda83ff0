package io.statusdashboard.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A row of the stackmon {@code component_attribute} table: one value per key and component. */
@Entity
@Table(name = "component_attribute")
public class ComponentAttributeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @ManyToOne
    @JoinColumn(name = "component_id")
    private ComponentEntity component;

    @Column(name = "name")
    private String name;

    @Column(name = "value")
    private String value;

    protected ComponentAttributeEntity() {}

    ComponentAttributeEntity(ComponentEntity component, String name, String value) {
        this.component = component;
        this.name = name;
        this.value = value;
    }

    String name() {
        return name;
    }

    String value() {
        return value;
    }
}
