package org.passerelle.privacy;

/** How sensitive the information is, or how likely its misuse: the parts of the risk's assessment. */
public enum RiskLevel {
	LOW, MODERATE, HIGH
}
