print("s2slint")
