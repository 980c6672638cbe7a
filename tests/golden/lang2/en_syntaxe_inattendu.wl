//! args: --lang en
// English parser message (issue 11): an unexpected keyword is quoted as the script wrote it (END, not FIN), code 9100
x is int = 1
END
