package org.hibernate.annotations;

public enum OnDeleteAction {
  NO_ACTION, CASCADE, SET_NULL, SET_DEFAULT, RESTRICT
}
