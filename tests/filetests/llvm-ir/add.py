# test: llvm-ir
def f(a, b):
    return a + b
# run: f(1, 2)
# run: f("x", "y")
# ---- expected (cpython 3.11) ----
; ModuleID = 'rjit_dump'
source_filename = "rjit_dump"

@PyLong_Type = external global i8
@PyFloat_Type = external global i8

define ptr @rjit_dump(ptr %0, ptr %1, ptr %2) {
entry:
  %s0 = alloca ptr, align 8
  %s1 = alloca ptr, align 8
  %scratch = alloca ptr, align 8
  %f = getelementptr i8, ptr %1, i64 32
  %p = load ptr, ptr %f, align 8
  %f1 = getelementptr i8, ptr %p, i64 184
  %f2 = getelementptr i8, ptr %2, i64 8
  %p3 = load ptr, ptr %f2, align 8
  %f4 = getelementptr i8, ptr %0, i64 32
  %rem = load i32, ptr %f4, align 4
  %rem1 = sub i32 %rem, 1
  store i32 %rem1, ptr %f4, align 4
  %exhausted = icmp sle i32 %rem, 0
  br i1 %exhausted, label %recursion_check, label %link

i0:                                               ; preds = %link
  %f11 = getelementptr i8, ptr %0, i64 16
  %p12 = load ptr, ptr %f11, align 8
  %f13 = getelementptr i8, ptr %p12, i64 100
  %eval_breaker = load volatile i32, ptr %f13, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker14, label %cont, !prof !0

i1:                                               ; preds = %cont
  %f18 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f18, align 8
  %isnull = icmp eq ptr %local, null
  br i1 %isnull, label %unbound, label %bound

i2:                                               ; preds = %bound
  %f23 = getelementptr i8, ptr %1, i64 80
  %local24 = load ptr, ptr %f23, align 8
  %isnull27 = icmp eq ptr %local24, null
  br i1 %isnull27, label %unbound25, label %bound26

i3:                                               ; preds = %bound26
  %v35 = load ptr, ptr %s1, align 8
  %v36 = load ptr, ptr %s0, align 8
  %f37 = getelementptr i8, ptr %f1, i64 6
  %f38 = getelementptr i8, ptr %1, i64 56
  store ptr %f37, ptr %f38, align 8
  %f39 = getelementptr i8, ptr %v36, i64 8
  %p40 = load ptr, ptr %f39, align 8
  %f41 = getelementptr i8, ptr %v35, i64 8
  %p42 = load ptr, ptr %f41, align 8
  %a = ptrtoint ptr %p40 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyLong_Type to i64)
  %a43 = ptrtoint ptr %p42 to i64
  %eq44 = icmp eq i64 %a43, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq, %eq44
  br i1 %both, label %int_test, label %float_check

i5:                                               ; preds = %ok
  %v200 = load ptr, ptr %s0, align 8
  %f201 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f201, align 4
  %f202 = getelementptr i8, ptr %f1, i64 10
  %f203 = getelementptr i8, ptr %1, i64 56
  store ptr %f202, ptr %f203, align 8
  %f204 = getelementptr i8, ptr %0, i64 56
  %p205 = load ptr, ptr %f204, align 8
  %f206 = getelementptr i8, ptr %1, i64 48
  %p207 = load ptr, ptr %f206, align 8
  %f208 = getelementptr i8, ptr %p205, i64 8
  store ptr %p207, ptr %f208, align 8
  %f209 = getelementptr i8, ptr %0, i64 32
  %rem210 = load i32, ptr %f209, align 4
  %rem1211 = add i32 %rem210, 1
  store i32 %rem1211, ptr %f209, align 4
  ret ptr %v200

recursion_check:                                  ; preds = %entry
  %c = call i32 @rjit_recursion_check(ptr %0)
  %too_deep = icmp ne i32 %c, 0
  br i1 %too_deep, label %recursion_error, label %link

link:                                             ; preds = %recursion_check, %entry
  %f5 = getelementptr i8, ptr %0, i64 56
  %p6 = load ptr, ptr %f5, align 8
  %f7 = getelementptr i8, ptr %p6, i64 8
  %p8 = load ptr, ptr %f7, align 8
  %f9 = getelementptr i8, ptr %1, i64 48
  store ptr %p8, ptr %f9, align 8
  %f10 = getelementptr i8, ptr %p6, i64 8
  store ptr %1, ptr %f10, align 8
  br label %i0

recursion_error:                                  ; preds = %recursion_check
  ret ptr null

eval_breaker14:                                   ; preds = %i0
  %c15 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c15, label %deopt [
    i32 0, label %cont
    i32 -1, label %error
  ]

cont:                                             ; preds = %eval_breaker14, %i0
  br label %i1

deopt:                                            ; preds = %eval_breaker14
  %c16 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c16

error:                                            ; preds = %eval_breaker14
  %c17 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 0, i32 0, i32 1)
  ret ptr %c17

unbound:                                          ; preds = %i1
  %f19 = getelementptr i8, ptr %f1, i64 2
  %f20 = getelementptr i8, ptr %1, i64 56
  store ptr %f19, ptr %f20, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error21

bound:                                            ; preds = %i1
  %rc = load i64, ptr %local, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i2

error21:                                          ; preds = %unbound
  %c22 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 1)
  ret ptr %c22

unbound25:                                        ; preds = %i2
  %f28 = getelementptr i8, ptr %f1, i64 4
  %f29 = getelementptr i8, ptr %1, i64 56
  store ptr %f28, ptr %f29, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 1)
  br label %error30

bound26:                                          ; preds = %i2
  %rc33 = load i64, ptr %local24, align 4
  %rc134 = add i64 %rc33, 1
  store i64 %rc134, ptr %local24, align 4
  store ptr %local24, ptr %s1, align 8
  br label %i3

error30:                                          ; preds = %unbound25
  %v = load ptr, ptr %s0, align 8
  %f31 = getelementptr i8, ptr %1, i64 88
  store ptr %v, ptr %f31, align 8
  %c32 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 1, i32 1)
  ret ptr %c32

num_done:                                         ; preds = %num_slow, %fbox_done162, %fbox_done, %int_fast
  %res = phi ptr [ %c72, %int_fast ], [ %fbox, %fbox_done ], [ %fbox187, %fbox_done162 ], [ %c188, %num_slow ]
  %rc189 = load i64, ptr %v36, align 4
  %rc1190 = sub i64 %rc189, 1
  store i64 %rc1190, ptr %v36, align 4
  %dead = icmp eq i64 %rc1190, 0
  br i1 %dead, label %dealloc, label %cont191

num_slow:                                         ; preds = %mixed_next134, %mixed133, %mixed, %int_test
  %c188 = call ptr @PyNumber_Add(ptr %v36, ptr %v35)
  br label %num_done

float_result:                                     ; preds = %mixed_fast157, %mixed_fast
  %fres = phi double [ %fadd132, %mixed_fast ], [ %fadd161, %mixed_fast157 ]
  %rc163 = load i64, ptr %v36, align 4
  %only164 = icmp eq i64 %rc163, 1
  %f165 = getelementptr i8, ptr %v36, i64 8
  %p166 = load ptr, ptr %f165, align 8
  %a167 = ptrtoint ptr %p166 to i64
  %eq168 = icmp eq i64 %a167, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only164, %eq168
  br i1 %only_float, label %fbox_operand169, label %fbox_next170

int_test:                                         ; preds = %i3
  %f45 = getelementptr i8, ptr %v36, i64 16
  %size = load i64, ptr %f45, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f46 = getelementptr i8, ptr %v36, i64 24
  %digit0 = load i32, ptr %f46, align 4
  %digit047 = zext i32 %digit0 to i64
  %f48 = getelementptr i8, ptr %v36, i64 28
  %digit1 = load i32, ptr %f48, align 4
  %digit149 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit149, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit047, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  %f50 = getelementptr i8, ptr %v35, i64 16
  %size51 = load i64, ptr %f50, align 4
  %size252 = add i64 %size51, 2
  %compact53 = icmp ule i64 %size252, 4
  %f54 = getelementptr i8, ptr %v35, i64 24
  %digit055 = load i32, ptr %f54, align 4
  %digit056 = zext i32 %digit055 to i64
  %f57 = getelementptr i8, ptr %v35, i64 28
  %digit158 = load i32, ptr %f57, align 4
  %digit159 = zext i32 %digit158 to i64
  %negative60 = icmp slt i64 %size51, 0
  %neg_size61 = sub i64 0, %size51
  %ndigits62 = select i1 %negative60, i64 %neg_size61, i64 %size51
  %two63 = icmp eq i64 %ndigits62, 2
  %hi64 = shl i64 %digit159, 30
  %hi265 = select i1 %two63, i64 %hi64, i64 0
  %mag66 = add i64 %digit056, %hi265
  %zero67 = icmp eq i64 %size51, 0
  %mag068 = select i1 %zero67, i64 0, i64 %mag66
  %neg_mag69 = sub i64 0, %mag068
  %ival70 = select i1 %negative60, i64 %neg_mag69, i64 %mag068
  %compact71 = and i1 %compact, %compact53
  br i1 %compact71, label %int_fast, label %num_slow, !prof !1

float_check:                                      ; preds = %i3
  %f73 = getelementptr i8, ptr %v36, i64 8
  %p74 = load ptr, ptr %f73, align 8
  %f75 = getelementptr i8, ptr %v35, i64 8
  %p76 = load ptr, ptr %f75, align 8
  %a77 = ptrtoint ptr %p74 to i64
  %eq78 = icmp eq i64 %a77, ptrtoint (ptr @PyFloat_Type to i64)
  %a79 = ptrtoint ptr %p76 to i64
  %eq80 = icmp eq i64 %a79, ptrtoint (ptr @PyFloat_Type to i64)
  %both81 = and i1 %eq78, %eq80
  br i1 %both81, label %float_fast, label %mixed_check, !prof !1

int_fast:                                         ; preds = %int_test
  %iadd = add nsw i64 %ival, %ival70
  %c72 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %num_done

float_fast:                                       ; preds = %float_check
  %f82 = getelementptr i8, ptr %v36, i64 16
  %fval = load double, ptr %f82, align 8
  %f83 = getelementptr i8, ptr %v35, i64 16
  %fval84 = load double, ptr %f83, align 8
  %fadd = fadd double %fval, %fval84
  %rc85 = load i64, ptr %v36, align 4
  %only = icmp eq i64 %rc85, 1
  br i1 %only, label %fbox_operand, label %fbox_next

mixed_check:                                      ; preds = %float_check
  %f97 = getelementptr i8, ptr %v36, i64 8
  %p98 = load ptr, ptr %f97, align 8
  %a99 = ptrtoint ptr %p98 to i64
  %eq100 = icmp eq i64 %a99, ptrtoint (ptr @PyFloat_Type to i64)
  %a101 = ptrtoint ptr %p98 to i64
  %eq102 = icmp eq i64 %a101, ptrtoint (ptr @PyLong_Type to i64)
  %f103 = getelementptr i8, ptr %v35, i64 8
  %p104 = load ptr, ptr %f103, align 8
  %a105 = ptrtoint ptr %p104 to i64
  %eq106 = icmp eq i64 %a105, ptrtoint (ptr @PyFloat_Type to i64)
  %a107 = ptrtoint ptr %p104 to i64
  %eq108 = icmp eq i64 %a107, ptrtoint (ptr @PyLong_Type to i64)
  %mix = and i1 %eq100, %eq108
  br i1 %mix, label %mixed, label %mixed_next

fbox_done:                                        ; preds = %fbox_next92, %fbox_operand91, %fbox_operand
  %fbox = phi ptr [ %v36, %fbox_operand ], [ %v35, %fbox_operand91 ], [ %c96, %fbox_next92 ]
  br label %num_done

fbox_operand:                                     ; preds = %float_fast
  %f86 = getelementptr i8, ptr %v36, i64 16
  store double %fadd, ptr %f86, align 8
  %rc87 = load i64, ptr %v36, align 4
  %rc188 = add i64 %rc87, 1
  store i64 %rc188, ptr %v36, align 4
  br label %fbox_done

fbox_next:                                        ; preds = %float_fast
  %rc89 = load i64, ptr %v35, align 4
  %only90 = icmp eq i64 %rc89, 1
  br i1 %only90, label %fbox_operand91, label %fbox_next92

fbox_operand91:                                   ; preds = %fbox_next
  %f93 = getelementptr i8, ptr %v35, i64 16
  store double %fadd, ptr %f93, align 8
  %rc94 = load i64, ptr %v35, align 4
  %rc195 = add i64 %rc94, 1
  store i64 %rc195, ptr %v35, align 4
  br label %fbox_done

fbox_next92:                                      ; preds = %fbox_next
  %c96 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %fbox_done

mixed:                                            ; preds = %mixed_check
  %f109 = getelementptr i8, ptr %v35, i64 16
  %size110 = load i64, ptr %f109, align 4
  %size2111 = add i64 %size110, 2
  %compact112 = icmp ule i64 %size2111, 4
  %f113 = getelementptr i8, ptr %v35, i64 24
  %digit0114 = load i32, ptr %f113, align 4
  %digit0115 = zext i32 %digit0114 to i64
  %f116 = getelementptr i8, ptr %v35, i64 28
  %digit1117 = load i32, ptr %f116, align 4
  %digit1118 = zext i32 %digit1117 to i64
  %negative119 = icmp slt i64 %size110, 0
  %neg_size120 = sub i64 0, %size110
  %ndigits121 = select i1 %negative119, i64 %neg_size120, i64 %size110
  %two122 = icmp eq i64 %ndigits121, 2
  %hi123 = shl i64 %digit1118, 30
  %hi2124 = select i1 %two122, i64 %hi123, i64 0
  %mag125 = add i64 %digit0115, %hi2124
  %zero126 = icmp eq i64 %size110, 0
  %mag0127 = select i1 %zero126, i64 0, i64 %mag125
  %neg_mag128 = sub i64 0, %mag0127
  %ival129 = select i1 %negative119, i64 %neg_mag128, i64 %mag0127
  br i1 %compact112, label %mixed_fast, label %num_slow, !prof !1

mixed_next:                                       ; preds = %mixed_check
  %mix135 = and i1 %eq102, %eq106
  br i1 %mix135, label %mixed133, label %mixed_next134

mixed_fast:                                       ; preds = %mixed
  %itof = sitofp i64 %ival129 to double
  %f130 = getelementptr i8, ptr %v36, i64 16
  %fval131 = load double, ptr %f130, align 8
  %fadd132 = fadd double %fval131, %itof
  br label %float_result

mixed133:                                         ; preds = %mixed_next
  %f136 = getelementptr i8, ptr %v36, i64 16
  %size137 = load i64, ptr %f136, align 4
  %size2138 = add i64 %size137, 2
  %compact139 = icmp ule i64 %size2138, 4
  %f140 = getelementptr i8, ptr %v36, i64 24
  %digit0141 = load i32, ptr %f140, align 4
  %digit0142 = zext i32 %digit0141 to i64
  %f143 = getelementptr i8, ptr %v36, i64 28
  %digit1144 = load i32, ptr %f143, align 4
  %digit1145 = zext i32 %digit1144 to i64
  %negative146 = icmp slt i64 %size137, 0
  %neg_size147 = sub i64 0, %size137
  %ndigits148 = select i1 %negative146, i64 %neg_size147, i64 %size137
  %two149 = icmp eq i64 %ndigits148, 2
  %hi150 = shl i64 %digit1145, 30
  %hi2151 = select i1 %two149, i64 %hi150, i64 0
  %mag152 = add i64 %digit0142, %hi2151
  %zero153 = icmp eq i64 %size137, 0
  %mag0154 = select i1 %zero153, i64 0, i64 %mag152
  %neg_mag155 = sub i64 0, %mag0154
  %ival156 = select i1 %negative146, i64 %neg_mag155, i64 %mag0154
  br i1 %compact139, label %mixed_fast157, label %num_slow, !prof !1

mixed_next134:                                    ; preds = %mixed_next
  br label %num_slow

mixed_fast157:                                    ; preds = %mixed133
  %itof158 = sitofp i64 %ival156 to double
  %f159 = getelementptr i8, ptr %v35, i64 16
  %fval160 = load double, ptr %f159, align 8
  %fadd161 = fadd double %itof158, %fval160
  br label %float_result

fbox_done162:                                     ; preds = %fbox_next182, %fbox_operand181, %fbox_operand169
  %fbox187 = phi ptr [ %v36, %fbox_operand169 ], [ %v35, %fbox_operand181 ], [ %c186, %fbox_next182 ]
  br label %num_done

fbox_operand169:                                  ; preds = %float_result
  %f171 = getelementptr i8, ptr %v36, i64 16
  store double %fres, ptr %f171, align 8
  %rc172 = load i64, ptr %v36, align 4
  %rc1173 = add i64 %rc172, 1
  store i64 %rc1173, ptr %v36, align 4
  br label %fbox_done162

fbox_next170:                                     ; preds = %float_result
  %rc174 = load i64, ptr %v35, align 4
  %only175 = icmp eq i64 %rc174, 1
  %f176 = getelementptr i8, ptr %v35, i64 8
  %p177 = load ptr, ptr %f176, align 8
  %a178 = ptrtoint ptr %p177 to i64
  %eq179 = icmp eq i64 %a178, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float180 = and i1 %only175, %eq179
  br i1 %only_float180, label %fbox_operand181, label %fbox_next182

fbox_operand181:                                  ; preds = %fbox_next170
  %f183 = getelementptr i8, ptr %v35, i64 16
  store double %fres, ptr %f183, align 8
  %rc184 = load i64, ptr %v35, align 4
  %rc1185 = add i64 %rc184, 1
  store i64 %rc1185, ptr %v35, align 4
  br label %fbox_done162

fbox_next182:                                     ; preds = %fbox_next170
  %c186 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done162

dealloc:                                          ; preds = %num_done
  call void @_Py_Dealloc(ptr %v36)
  br label %cont191

cont191:                                          ; preds = %dealloc, %num_done
  %rc192 = load i64, ptr %v35, align 4
  %rc1193 = sub i64 %rc192, 1
  store i64 %rc1193, ptr %v35, align 4
  %dead194 = icmp eq i64 %rc1193, 0
  br i1 %dead194, label %dealloc195, label %cont196

dealloc195:                                       ; preds = %cont191
  call void @_Py_Dealloc(ptr %v35)
  br label %cont196

cont196:                                          ; preds = %dealloc195, %cont191
  %isnull199 = icmp eq ptr %res, null
  br i1 %isnull199, label %error197, label %ok, !prof !0

error197:                                         ; preds = %cont196
  %c198 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c198

ok:                                               ; preds = %cont196
  store ptr %res, ptr %s0, align 8
  br label %i5
}

declare i32 @rjit_recursion_check(ptr)

declare i32 @rjit_eval_breaker(ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare void @rjit_unbound_local(ptr, ptr, i32)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @PyNumber_Add(ptr, ptr)

declare void @_Py_Dealloc(ptr)

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
