## Official documents (.docx)

document-union-name = ĐOÀN TNCS HỒ CHÍ MINH
document-number = Số: { $number }
document-place-date = { $place }, ngày { $day } tháng { $month } năm { $year }
document-recipients = Nơi nhận:
