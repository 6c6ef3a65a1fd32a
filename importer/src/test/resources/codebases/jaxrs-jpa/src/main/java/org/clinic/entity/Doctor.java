package org.clinic.entity;

public class Doctor {

    private Long id;
    private String name;
}
