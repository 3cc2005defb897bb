/** The start-up floor for any Java client: a JVM that prints one line and exits. */
public final class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
