target/
*.mdecomp-new
