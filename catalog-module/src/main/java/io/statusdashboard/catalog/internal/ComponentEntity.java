package io.statusdashboard.catalog.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A row of the stackmon {@code component} table. */
@Entity
@Table(name = "component")
public class ComponentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "name", nullable = false)
    private String name;

    @OneToMany(mappedBy = "component", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ComponentAttributeEntity> attributes = new ArrayList<>();

    protected ComponentEntity() {}

    ComponentEntity(String name, Map<String, String> attributes) {
        this.name = name;
        attributes.forEach((key, value) -> this.attributes.add(new ComponentAttributeEntity(this, key, value)));
    }

    Integer id() {
        return id;
    }
}
