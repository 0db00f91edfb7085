package ipcbench.report.compare;

/** The output formats of {@code compare}. */
public enum Format {
    /** Aligned columns for a terminal. */
    TEXT {
        @Override
        public String render(Comparison c) {
            return new TextFormat(false).render(c);
        }
    },
    /** GitHub-flavoured Markdown, for a job summary or a pull-request comment. */
    MD {
        @Override
        public String render(Comparison c) {
            return new TextFormat(true).render(c);
        }
    },
    /** One JSON object, for tools. */
    JSON {
        @Override
        public String render(Comparison c) {
            return JsonFormat.render(c);
        }
    };

    public abstract String render(Comparison c);
}
