package org.passerelle.bench;

/**
 * Whether OR-Tools' native library loads here. The benchmark carries on without it and says why.
 */
final class OrTools {

	private static String unavailable;

	private static boolean tried;

	private OrTools() {
	}

	/** Loads the native library once; true if OR-Tools can be used. */
	static synchronized boolean available() {
		if (!tried) {
			tried = true;
			try {
				com.google.ortools.Loader.loadNativeLibraries();
			}
			catch (Throwable failure) {
				// NoClassDefFoundError without the jar, UnsatisfiedLinkError without a native build for this platform.
				unavailable = failure.getClass().getSimpleName() + ": " + failure.getMessage();
			}
		}
		return unavailable == null;
	}

	/** The version the build put on the class path. */
	static String version() {
		return System.getProperty("bench.ortools", "?");
	}

	/** Why OR-Tools is unavailable, or null. */
	static String whyUnavailable() {
		available();
		return unavailable;
	}
}
