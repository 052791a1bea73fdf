package org.disclose.model;

import java.io.Serializable;

/** The same place before and after rectification (整改前 / 整改后), shown together and read in that order. */
public record PhotoPair(Photo before, Photo after) implements Serializable {
}
